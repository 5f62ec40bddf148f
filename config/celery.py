"""The Celery application; configuration comes from Django settings (CELERY_*).

DJANGO_SETTINGS_MODULE is not defaulted here: this module is imported by every process that
imports `config` (see config/__init__.py), including the WSGI server, whose own default
(production) must win. Worker and beat get it from their environment (make run, compose).
"""

import os

from celery import Celery

# DjangoTask adds delay_on_commit(): publish only once the surrounding transaction commits.
app = Celery("pledgewatch", task_cls="celery.contrib.django.task:DjangoTask")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.on_after_configure.connect
def _make_filesystem_broker_folders(sender: Celery, **kwargs) -> None:
    # kombu's filesystem transport (the embedded broker) expects its folders to exist.
    options = sender.conf.broker_transport_options or {}
    for key in ("data_folder_in", "data_folder_out", "processed_folder", "control_folder"):
        if options.get(key):
            os.makedirs(options[key], exist_ok=True)
