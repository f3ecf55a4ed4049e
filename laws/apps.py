from django.apps import AppConfig


class LawsConfig(AppConfig):
    name = "laws"
    verbose_name = "Laws"

    def ready(self):
        from laws import timeline

        timeline.connect()
