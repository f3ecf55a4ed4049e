"""gunicorn settings: `gunicorn network_site.wsgi` picks this file up from the working directory."""

import multiprocessing
import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# One per CPU plus one: pages are CPU work (the database answers in well under a
# millisecond), so more workers only take turns. On 2 cores, 3 workers served static
# files and cached pages about 15% faster than 5, and uncached pages as fast or faster.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() + 1))
timeout = 30
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow leak can never take the site down. Not
# often: a new worker spends about a second of CPU importing Django, and at 2,000
# requests cached pages (1,500/s on 2 cores) restarted a worker every second or
# so, which alone made the slowest 1% of responses take 0.3-1.4 s instead of 20 ms.
max_requests = 50_000
max_requests_jitter = 5_000
accesslog = "-"
errorlog = "-"
# No client address, no query string (search terms are private), and alert links'
# codes blanked (network_site.logs): method, path, status, size and duration only.
logger_class = "network_site.logs.PrivateLogger"
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
