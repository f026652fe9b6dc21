#!/usr/bin/env python3
"""Writes a synthetic guide of N pages using the real templates, assets and settings, so the benchmark
measures the generator on sites of known size.

Each page has the shape of a real guide page (issue 13): about 600 words, three sections with two
subsections each, bullet and numbered lists, a six-row table, a source block, a note and about nine
cross-references. Pages sit in parts of ten. The text is made from a fixed vocabulary and a fixed seed,
so the same N always gives the same files."""
import os, random, shutil, sys

WORDS = ("partners outreach services health wellbeing housing safety stigma commissioners council police "
         "charity support drop-in clinic nurse trust access referral pathway review action plan people "
         "women workers sexual testing PrEP mental substance violence trauma informed approach consent "
         "evidence data local area steering group lived experience co-production training staff community "
         "barrier language respect choice autonomy dignity listen involve improve reach needs priority").split()


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng, sentences=4):
    return " ".join(sentence(rng, rng.randint(9, 16)) for _ in range(sentences))


def page(rng, part, i, written, prev, first_of_part):
    out = []
    out.append("= Part %d, page %d\n:order: %d\n" % (part, i, (i + 1) * 10))
    out.append(":summary: A synthetic page for the benchmark.\n:reviewed: 2026-11-21\n:review-due: 2027-11-21\n\n")
    out.append(paragraph(rng) + " See xref:%s[the page before].\n\n" % prev)
    for s in range(1, 4):
        out.append("== Section %d of page %d\n\n" % (s, written))
        out.append(paragraph(rng) + "\n\n")
        for sub in range(1, 3):
            out.append("=== Subsection %d.%d of page %d\n\n" % (s, sub, written))
            out.append(paragraph(rng, 3) + " Compare xref:%s#section-%d-of-page-%d[section %d of the part's first page].\n\n"
                       % (first_of_part, s, written - i, s))
        if s == 1:
            out.append("* " + sentence(rng, 8) + "\n* " + sentence(rng, 9) + "\n* " + sentence(rng, 7)
                       + "\n* " + sentence(rng, 10) + "\n\n")
            out.append(". " + sentence(rng, 8) + "\n. " + sentence(rng, 9) + "\n. " + sentence(rng, 7) + "\n\n")
        if s == 2:
            out.append(".What partners agreed\n[cols=\"1,2,1\"]\n|===\n|Action |Who |Review\n\n")
            for r in range(6):
                out.append("|%s |%s |2027-0%d-01\n" % (sentence(rng, 4), sentence(rng, 6), r + 1))
            out.append("|===\n\n")
            out.append("NOTE: " + sentence(rng, 14) + " See xref:%s[the page before] and xref:%s[the part's start].\n\n"
                       % (prev, first_of_part))
        if s == 3:
            out.append("[source,text]\n----\nreferral: outreach -> clinic -> review\nowner: steering group\n----\n\n")
            out.append(paragraph(rng, 2) + " Back to xref:%s#section-1-of-page-%d[the first section].\n\n"
                       % (first_of_part, written - i))
    return "".join(out)


def main(root, out, n):
    rng = random.Random(13)
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
                f.write(page(rng, part, i, written, prev, "index.adoc"))
            written += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
