import logging


class OneLineWarning(logging.Filter):
    """For what any client can cause (a bad Host header): one line at WARNING, with no
    traceback, so nobody can flood the logs with errors."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info = record.exc_text = None
        return True
