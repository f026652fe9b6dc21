#!/usr/bin/env python3
"""Runs a command several times as a whole process and prints the median wall time, CPU time (user +
system, which a busy machine disturbs less than wall time) and peak memory (maximum resident set size).

  measure.py LABEL RUNS [--clean DIR]... -- COMMAND...

Each --clean DIR is deleted before every run, so every run is cold (no output, no cached index)."""
import os, shutil, statistics, subprocess, sys, time

def run_once(cmd, clean):
    for d in clean:
        shutil.rmtree(d, ignore_errors=True)
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("command failed: " + " ".join(cmd))
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux

def main():
    label, runs, rest = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    clean = []
    while rest and rest[0] == "--clean":
        clean.append(rest[1])
        rest = rest[2:]
    if rest and rest[0] == "--":
        rest = rest[1:]
    results = [run_once(rest, clean) for _ in range(runs)]
    walls, cpus, mems = zip(*results)
    print("%-28s runs=%d  wall median %6.2f s (min %.2f, max %.2f)  cpu median %6.2f s  peak RSS median %5.0f MiB"
          % (label, runs, statistics.median(walls), min(walls), max(walls), statistics.median(cpus),
             statistics.median(mems)))

if __name__ == "__main__":
    main()
