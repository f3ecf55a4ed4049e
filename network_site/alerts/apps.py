from django.apps import AppConfig


class AlertsConfig(AppConfig):
    """Email alerts: readers follow a record, a topic or a discipline by email."""

    name = "network_site.alerts"
    label = "alerts"
    verbose_name = "Email alerts"

    def ready(self):
        from network_site.alerts.follow import queue_alerts
        from network_site.records.publishing import public_change

        public_change.connect(queue_alerts, dispatch_uid="alerts-queue")
