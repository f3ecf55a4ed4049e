"""System checks that keep the registry's promise: a new kind needs no hand step, and
nothing is silently left out."""

import importlib.util

from django.core import checks

from network_site.records.registry import record_apps


@checks.register()
def every_record_app_brings_demo_content(app_configs=None, **kwargs):
    """`make run` shows every kind: an app that holds kinds brings a `demo` module."""
    return [
        checks.Warning(
            f"The app {app.label} holds kinds of record but has no demo content.",
            hint=f"Add {app.name}.demo with load(library) "
            "(see network_site/records/demo_loader.py), "
            "so `make run` shows its pages with something in them.",
            obj=app.name,
            id="records.W001",
        )
        for app in record_apps()
        if importlib.util.find_spec(f"{app.name}.demo") is None
    ]
