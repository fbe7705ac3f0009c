#!/usr/bin/env python3
"""Load ChatShare results with pandas, typed by each folder's datapackage.json.

As a module (copy this file next to your notebook, or add scripts/python to sys.path):

    from chatshare_results import load_table, load_run, load_sweep
    firms = load_run("results/baseline")["firms"]

As a script (the recipe of docs/PYTHON.md; CI runs it on real outputs):

    python3 scripts/python/chatshare_results.py --run results/baseline \
        --sweep results/grok-price-filtering --plot shares.png
"""
import argparse
import json
import os
import sys

import pandas as pd

# Table Schema type -> how pandas reads the column. Seeds and ids stay text: a seed is a
# 64-bit number written as 0x-hexadecimal text, and would lose digits as a float.
_DTYPES = {"string": "string", "integer": "Int64", "number": "float64", "boolean": "boolean"}


def load_table(folder, name):
    """One CSV of a run or sweep folder as a DataFrame, typed by datapackage.json."""
    with open(os.path.join(folder, "datapackage.json"), encoding="utf-8") as f:
        package = json.load(f)
    resource = next(r for r in package["resources"] if r["name"] == name)
    fields = resource["schema"]["fields"]
    dtypes = {f["name"]: _DTYPES[f["type"]] for f in fields if f["type"] in _DTYPES and f["type"] != "boolean"}
    dates = [f["name"] for f in fields if f["type"] == "date"]
    table = pd.read_csv(os.path.join(folder, resource["path"]), dtype=dtypes, parse_dates=dates,
                        keep_default_na=False, na_values=[""])
    for f in fields:
        if f["type"] == "boolean":
            table[f["name"]] = table[f["name"]].map({"true": True, "false": False, True: True, False: False})
    return table


def units(folder, name):
    """Column -> unit of one table (from datapackage.json; '' where none)."""
    with open(os.path.join(folder, "datapackage.json"), encoding="utf-8") as f:
        package = json.load(f)
    resource = next(r for r in package["resources"] if r["name"] == name)
    return {f["name"]: f.get("unit", "") for f in resource["schema"]["fields"]}


def load_run(folder):
    """The tables of a run folder: firms, market, events (and wide, if written)."""
    with open(os.path.join(folder, "datapackage.json"), encoding="utf-8") as f:
        names = [r["name"] for r in json.load(f)["resources"]]
    return {name: load_table(folder, name) for name in names}


def load_sweep(folder):
    """A sweep folder: runs, points, summary, and firms/market with one column per swept parameter."""
    tables = load_run(folder)
    runs = tables["runs"]
    tables["parameters"] = list(runs.columns[runs.columns.get_loc("seed") + 1:runs.columns.get_loc("status")])
    return tables


def plot_summary(summary, parameters, path, output="finalShare"):
    """Mean final share of each firm against the first swept parameter, with its 95% CI as a band.

    With more parameters, the plot is the slice at the first value of each of the others."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    parameter, others = parameters[0], parameters[1:]
    where = {p: summary[p].iloc[0] for p in others}
    for p, value in where.items():
        summary = summary[summary[p] == value]
    fig, ax = plt.subplots(figsize=(6, 4))
    for firm, rows in summary.groupby("firm", sort=False):
        rows = rows.sort_values(parameter)
        ax.plot(rows[parameter], rows[f"{output}_mean"], marker="o", label=firm)
        ax.fill_between(rows[parameter], rows[f"{output}_ci95_low"].clip(lower=0),
                        rows[f"{output}_ci95_high"].clip(upper=1), alpha=0.2)
    ax.set_xlabel(parameter)
    if where:
        ax.set_title(", ".join(f"{p} = {v:g}" for p, v in where.items()), fontsize=9)
    ax.set_ylabel(f"{output} (share 0–1), mean and 95% CI")
    ax.legend(frameon=False)
    fig.tight_layout()
    fig.savefig(path, dpi=150)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", help="a run folder")
    parser.add_argument("--sweep", help="a sweep folder")
    parser.add_argument("--plot", help="PNG of the sweep's final shares against its first parameter")
    args = parser.parse_args(argv)
    if args.run:
        run = load_run(args.run)
        firms = run["firms"]
        assert str(firms["date"].dtype).startswith("datetime64"), "dates are dates"
        assert firms["seed"].str.startswith("0x").all(), "seeds are text"
        total = firms.groupby("tick")["share"].sum() + run["market"].set_index("tick")["outsideShare"]
        assert (total - 1).abs().max() < 1e-9, "shares and the outside option add up to 1"
        last = firms[firms["tick"] == firms["tick"].max()]
        print(f"run {args.run}: {len(firms)} firm-weeks; final shares "
              + ", ".join(f"{f} {s:.3f}" for f, s in zip(last["firm"], last["share"])), file=sys.stderr)
    if args.sweep:
        sweep = load_sweep(args.sweep)
        params = sweep["parameters"]
        firms, summary = sweep["firms"], sweep["summary"]
        assert all(p in firms.columns and firms[p].dtype == "float64" for p in params), "parameter columns"
        assert (summary["finalShare_ci95_low"] <= summary["finalShare_mean"] + 1e-12).all()
        print(f"sweep {args.sweep}: {len(sweep['runs'])} runs, parameters {params}, "
              f"{len(summary)} point x firm rows in summary.csv", file=sys.stderr)
        if args.plot:
            plot_summary(summary, params, args.plot)
            print(f"wrote {args.plot}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
