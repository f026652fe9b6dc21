#!/usr/bin/env python3
"""Preview benchmark: how long from saving a file to the open page being told to reload.

Copies the guide's sources to a scratch folder, starts `serve` on it, listens to the preview's reload
events as an open page does, then saves edits and times each one from the file's write to the reload
event: a change to one page's text, a change to a template, and a broken edit (whose problem page is
shown on the same event). Prints the median of each.

  bench/preview.py [runs]         (default 5 edits of each kind)

With PREVIEW_LOG=file, serve's own output (its stage lines for every rebuild) is kept in that file."""
import http.client, os, shutil, socket, statistics, subprocess, sys, tempfile, threading, time, queue

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
JAR = os.path.join(ROOT, "generator", "target", "guide-generator.jar")
PAGE = "content/introduction/who-it-is-for.adoc"
TEMPLATE = "templates/_footer.peb"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listen(port, events):
    """Reads the server-sent events stream and puts the arrival time of each reload on the queue."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    conn.request("GET", "/__preview/events")
    resp = conn.getresponse()
    while True:
        line = resp.fp.readline()
        if not line:
            return
        if line.startswith(b"data:"):
            events.put(time.monotonic())


def wait_up(port, proc, deadline=180):
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if proc.poll() is not None:
            sys.exit("serve stopped: exit code %s" % proc.returncode)
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/")
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    sys.exit("serve did not start")


# Between edits: an author reads the page before saving again, and the preview's background runs
# (search index, guide PDF) finish, so their reloads are not taken for the next edit's.
PAUSE = float(os.environ.get("PREVIEW_PAUSE", "3"))


def fetch(port, path):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", path)
    return conn.getresponse().read().decode("utf-8", "replace")


def timed_edit(path, text, events, port=None, shows=None, url=None):
    """Milliseconds from the write to the reload event; with shows, the page reloaded then must hold it."""
    while not events.empty():
        events.get()
    start = time.monotonic()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    try:
        ms = (events.get(timeout=60) - start) * 1000
    except queue.Empty:
        sys.exit("no reload within 60 s after editing " + path)
    if shows is not None and shows not in fetch(port, url):
        sys.exit("the reload after editing %s did not show %r" % (path, shows))
    time.sleep(PAUSE)
    return ms


def main(runs):
    work = tempfile.mkdtemp(prefix="guide-preview-bench-")
    try:
        for folder in ("content", "templates", "assets"):
            shutil.copytree(os.path.join(ROOT, folder), os.path.join(work, folder))
        shutil.copy(os.path.join(ROOT, "site.properties"), work)
        port = free_port()
        log = open(os.environ["PREVIEW_LOG"], "w") if os.environ.get("PREVIEW_LOG") else subprocess.DEVNULL
        proc = subprocess.Popen([os.environ.get("JAVA", "java"), "-jar", JAR, "serve", "--source", work,
                                 "--output", os.path.join(work, "target", "site"), "--port", str(port)],
                                stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_up(port, proc)
            events = queue.Queue()
            threading.Thread(target=listen, args=(port, events), daemon=True).start()
            time.sleep(1)
            page = os.path.join(work, PAGE)
            template = os.path.join(work, TEMPLATE)
            page_text = open(page, encoding="utf-8").read()
            template_text = open(template, encoding="utf-8").read()
            results = {"one page's text": [], "a template": [], "a broken edit": []}
            url = "/" + PAGE[len("content/"):-len(".adoc")] + ".html"
            for i in range(runs):
                added = "A sentence added in edit %d." % i
                results["one page's text"].append(timed_edit(page, page_text + "\n" + added + "\n", events, port, added, url))
            for i in range(runs):
                results["a template"].append(timed_edit(template, template_text + "{# edit %d #}\n" % i, events))
            for i in range(runs):
                missing = "no-such-page-%d" % i
                results["a broken edit"].append(timed_edit(page, page_text + "\nSee xref:%s.adoc[nowhere].\n" % missing, events, port, missing, url))
                timed_edit(page, page_text, events)
            for kind, ms in results.items():
                print("preview, %-16s edits=%d  median %6.0f ms (min %.0f, max %.0f)"
                      % (kind, len(ms), statistics.median(ms), min(ms), max(ms)))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
