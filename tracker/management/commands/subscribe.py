import json as jsonlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.models import Category, Claim, Organisation
from tracker.models import Subscription
from tracker.services import subscription_create


class Command(BaseCommand):
    help = (
        "Follow a claim, an organisation, a category or every claim, by e-mail, signed webhook "
        "or Apprise URL, and print the new subscription (a webhook's secret is shown only here)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        scope = parser.add_mutually_exclusive_group(required=True)
        scope.add_argument("--claim", type=int, metavar="ID", help="One claim, by its id.")
        scope.add_argument("--organisation", metavar="SLUG", help="An organisation's claims.")
        scope.add_argument(
            "--category", metavar="NAME", choices=Category.values, help="A category's claims."
        )
        scope.add_argument("--all", action="store_true", help="Every claim.")
        channel = parser.add_mutually_exclusive_group(required=True)
        channel.add_argument("--email", metavar="ADDRESS", help="Send alerts by e-mail.")
        channel.add_argument("--webhook", metavar="URL", help="POST signed alerts to this URL.")
        channel.add_argument(
            "--apprise", metavar="URL", help="Notify a chat service (slack://, ntfys://, ...)."
        )
        parser.add_argument(
            "--secret",
            metavar="whsec_...",
            default="",
            help="The webhook's signing secret (default: a new one, printed once).",
        )
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            default=settings.LANGUAGE_CODE,
            help="The language of the alerts (default: %(default)s).",
        )
        parser.add_argument("--json", action="store_true", help="Print one JSON object.")

    def handle(self, *args, **options) -> None:
        if options["secret"] and not options["webhook"]:
            raise CommandError("--secret goes with --webhook.")
        claim = organisation = None
        if options["claim"] is not None:
            claim = Claim.objects.filter(pk=options["claim"]).first()
            if claim is None:
                raise CommandError(f"There is no claim {options['claim']}.")
        if options["organisation"]:
            organisation = Organisation.objects.filter(slug=options["organisation"]).first()
            if organisation is None:
                raise CommandError(
                    f"There is no organisation with slug {options['organisation']!r}."
                )
        channel = (
            Subscription.Channel.WEBHOOK
            if options["webhook"]
            else Subscription.Channel.APPRISE
            if options["apprise"]
            else Subscription.Channel.EMAIL
        )
        try:
            created = subscription_create(
                channel=channel,
                email=options["email"] or "",
                webhook_url=options["webhook"] or "",
                secret=options["secret"],
                apprise_url=options["apprise"] or "",
                claim=claim,
                organisation=organisation,
                category=options["category"] or "",
                language=options["language"],
            )
        except ValidationError as error:
            messages = [
                f"{field}: {message}" if field != "__all__" else message
                for field, errors in error.message_dict.items()
                for message in errors
            ] if hasattr(error, "error_dict") else error.messages  # fmt: skip
            raise CommandError(" ".join(messages)) from error
        subscription = created.subscription
        if options["json"]:
            data: dict[str, object] = {
                "id": subscription.pk,
                "channel": subscription.channel,
                "follows": subscription.scope_display,
                "destination": subscription.destination,
                "language": subscription.language,
            }
            if created.secret:
                data["secret"] = created.secret
            self.stdout.write(jsonlib.dumps(data, sort_keys=True))
            return
        self.stdout.write(
            f"Subscription {subscription.pk}: {subscription.get_channel_display()} to "
            f"{subscription.destination}, following {subscription.scope_display}."
        )
        if created.secret:
            self.stdout.write(
                f"Signing secret (shown once, keep it with the receiver): {created.secret}"
            )
