#!/usr/bin/env python3
"""Runs a command several times as a whole process and prints the median wall time and peak memory
(maximum resident set size) of those runs."""
import os, statistics, subprocess, sys, time

def run_once(cmd):
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("command failed: " + " ".join(cmd))
    return wall, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux

def main():
    label, runs, cmd = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    results = [run_once(cmd) for _ in range(runs)]
    walls = [r[0] for r in results]
    mems = [r[1] for r in results]
    print("%-28s runs=%d  median %6.2f s (min %.2f, max %.2f)  peak memory median %5.0f MiB"
          % (label, runs, statistics.median(walls), min(walls), max(walls), statistics.median(mems)))

if __name__ == "__main__":
    main()
