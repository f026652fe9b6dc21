#!/usr/bin/env python3
"""Writes a synthetic guide of N pages (parts of ten pages, headings, lists, links) using the real
templates, assets and settings, so the benchmark measures the generator on sites of known size."""
import os, shutil, sys

def main(root, out, n):
    if os.path.exists(out):
        shutil.rmtree(out)
    for folder in ("templates", "assets"):
        shutil.copytree(os.path.join(root, folder), os.path.join(out, folder))
    shutil.copy(os.path.join(root, "site.properties"), out)
    content = os.path.join(out, "content")
    os.makedirs(content)
    header = ":summary: A synthetic page for the benchmark.\n:reviewed: 2026-11-21\n:review-due: 2027-11-21\n"
    with open(os.path.join(content, "index.adoc"), "w") as f:
        f.write("= Synthetic guide\n:jbake-type: home\n:order: 0\n" + header + "\nA synthetic guide of %d pages.\n" % n)
    written = 1
    part = 0
    while written < n:
        part += 1
        folder = os.path.join(content, "part-%03d" % part)
        os.makedirs(folder)
        for i in range(10):
            if written >= n:
                break
            name = "index" if i == 0 else "page-%02d" % i
            prev = "index.adoc" if i <= 1 else "page-%02d.adoc" % (i - 1)
            with open(os.path.join(folder, name + ".adoc"), "w") as f:
                f.write("= Part %d, page %d\n:order: %d\n%s\n" % (part, i, (i + 1) * 10, header))
                f.write("This page talks about outreach, drop-in services, PrEP and partnership working in area %d.\n\n" % written)
                for s in range(3):
                    f.write("== Section %d of page %d\n\n" % (s + 1, written))
                    f.write("Partners review what is going well and what needs to improve, page %d section %d.\n\n" % (written, s))
                    f.write("* a point about health and wellbeing\n* a point about housing and safety\n* a point about stigma\n\n")
                f.write("See xref:%s[the page before] and xref:index.adoc#section-1-of-page-%d[the part's first section].\n"
                        % (prev, written - i))
            written += 1

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
