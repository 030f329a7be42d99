#!/usr/bin/env python3
"""Prints the table of interactive operations in docs/PERFORMANCE.md from Google Benchmark's JSON.

Reads the output of knotwork_benchmarks run with --benchmark_filter='^(Frame|Floor)/',
--benchmark_repetitions=3 and --benchmark_out_format=json (scripts/perf-table does that): each
operation's "Frame/<name>/<clients>" beside its floor "Floor/<name>/<clients>", the median CPU time
of the repetitions; the same on a clinic server, "Server/<name>/<clients>", in wall-clock time (the
server works in a process of its own), when the run has them; and the operations of RATIO_TARGETS
beside their own floor.
Usage: perf_table.py results.json
"""
import json
import re
import sys

TARGET_MS = 16.0

# What each benchmark family measures, in the words of the table.
OPERATIONS = {
    "SearchKeystroke": "search keystroke (`mar`: count and first page)",
    "SearchKeystrokeNoMatch": "search keystroke, no match (`ar`: the whole index, twice)",
    "OpenChart": "open chart (chart, safety assessment, providers)",
    "SessionsTab": "switch tab: Sessions (history, newest note)",
    "PlanTab": "switch tab: Plan (plan, goals' progress)",
    "ProgressTab": "switch tab: Progress (charts, measures, diary)",
    "BillingTab": "switch tab: Billing (account)",
    "OpenChartWithItsTabs": "click a client: chart and every tab",
    "OpenNote": "open a signed note",
    "AutosaveDraft": "save a draft (autosave)",
    "SignNote": "sign a note",
    "WeekView": "Schedule: the coming week",
    "CheckOut": "check-out",
    "TodaysAppointments": "Today: appointments (the day's visits, names, precautions)",
    "TodaysRecall": "Today: clients to recall",
    "TodaysPlanReminders": "Today: plans to look at",
    "TodaysUnsignedNotes": "Today: unsigned notes",
    "TodaysNeedsAttention": "Today: needs attention",
    "BillingMonth": "Billing view: the last whole month's invoices",
    "BillingViewYear": "Billing view: the year's income by month and method",
}

# Operations whose target is a ratio to their floor rather than a frame: (benchmark, its floor,
# the words of the table, the most the ratio may be).
RATIO_TARGETS = [
    ("ProgressReportOf80VisitsExportedFromThePractice", "BareLibharuSamePageCount",
     "progress report of an 80-visit client, exported end to end (floor: bare libharu, same pages and fonts)", 1.5),
]

NAME = re.compile(r"^(Frame|Floor|Server)/(\w+)/(\d+)(?:/.*)?$")


def medians(results):
    """{(kind, operation, clients): median CPU ms}"""
    found = {}
    for run in results["benchmarks"]:
        if run.get("aggregate_name", "median") != "median" or run.get("error_occurred"):
            continue
        name = run["run_name"] if "run_name" in run else run["name"]
        match = NAME.match(name)
        scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[run["time_unit"]]
        key = (match.group(1), match.group(2), int(match.group(3))) if match else ("Other", name, 0)
        found[key] = run["real_time" if key[0] == "Server" else "cpu_time"] * scale
    return found


def milliseconds(value):
    if value is None:
        return "—"
    return f"{value:.3f} ms" if value < 0.1 else f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms"


def ratio(frame, floor):
    return f"{frame / floor:.1f}×" if frame is not None and floor else "—"


def main(path):
    with open(path, encoding="utf-8") as file:
        results = json.load(file)
    times = medians(results)
    sizes = sorted({clients for (kind, _, clients) in times if kind != "Other"})
    known = list(OPERATIONS)
    names = sorted({name for (kind, name, _) in times if kind != "Other"},
                   key=lambda name: (known.index(name) if name in known else len(known), name))
    on_server = any(kind == "Server" for (kind, _, _) in times)
    columns = [f"{size:,} clients" for size in sizes]
    server_column = " | on a clinic server (wall)" if on_server else ""
    print("| operation | " + " | ".join(columns) + server_column + " | floor | ratio | target | met |")
    print("| --- |" + " ---: |" * (len(columns) + on_server) + " ---: | ---: | ---: | --- |")
    for name in names:
        frames = [times.get(("Frame", name, size)) for size in sizes]
        floors = [times.get(("Floor", name, size)) for size in sizes]
        servers = [times.get(("Server", name, size)) for size in sizes] if on_server else []
        met = all(frame is not None and frame < TARGET_MS for frame in frames + servers)
        print(f"| {OPERATIONS.get(name, name)} | " + " | ".join(milliseconds(f) for f in frames)
              + (" | " + " / ".join(milliseconds(f) for f in servers) if on_server else "")
              + " | " + " / ".join(milliseconds(f) for f in floors)
              + " | " + " / ".join(ratio(f, b) for f, b in zip(frames, floors))
              + f" | {TARGET_MS:g} ms | {'yes' if met else '**no**'} |")
    for name, floor_name, words, most in RATIO_TARGETS:
        figure, floor = times.get(("Other", name, 0)), times.get(("Other", floor_name, 0))
        if figure is None:
            continue
        met = floor is not None and figure <= most * floor
        cells = [words, milliseconds(figure)] + [""] * (len(sizes) - 1 + on_server)
        cells += [milliseconds(floor), ratio(figure, floor), f"{most:g}× the floor", "yes" if met else "**no**"]
        print("| " + " | ".join(cells) + " |")
    context = results.get("context", {})
    print(f"\nCPU time{' (wall-clock time on the server)' if on_server else ''}, median of {context.get('repetitions', 3) or 3} repetitions; floor and ratio at "
          + " / ".join(f"{size:,}" for size in sizes) + f" clients. {context.get('date', '')}, "
          f"{context.get('num_cpus', '?')} CPUs, load average "
          + ", ".join(f"{load:.1f}" for load in context.get("load_avg", [])) + ".")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
