package chatshare.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole experiment: one JSON file (optionally {@code "extends": "base.json"}) bound by Gson.
 * Every field has a default; field initialisers are the defaults {@code describe} prints.
 */
public class ExperimentConfig {
    @Doc("Experiment name; the default output folder is results/<name>/ (empty = config file name)")
    public String name = "";

    public MarketConfig market = new MarketConfig();

    public UsersConfig users = new UsersConfig();

    @Doc("Assistant firms by id (e.g. grok); at most 31; JSON order is the output order")
    public Map<String, FirmConfig> firms = new LinkedHashMap<>();

    @Doc("Platforms (X, Microsoft, Google, ...) by id; at most 8")
    public Map<String, PlatformConfig> platforms = new LinkedHashMap<>();

    @Doc("Regulators by region id; a region without one has no filtering floor")
    public Map<String, RegulatorConfig> regulators = new LinkedHashMap<>();

    public ControversyConfig controversy = new ControversyConfig();

    @Doc("Timeline of scheduled events (MODEL.md 7.8), each at a tick or a date")
    public List<EventConfig> events = new ArrayList<>();

    // The two edits below are resolved into events on load (ConfigLoader), file by file along the
    // extends chain; transient, so they are never bound nor written into the resolved config.
    @Doc("Events appended after the events this config inherits through extends (or lists itself); same keys as events[i]")
    public transient List<EventConfig> extraEvents = new ArrayList<>();

    @Doc("Ids of inherited events to drop (applied before extraEvents are appended)")
    public transient List<String> removeEvents = new ArrayList<>();

    public OutputsConfig outputs = new OutputsConfig();

    @Doc("Parameter sweep run by ./chatshare sweep (ignored by run)")
    public SweepConfig sweep = new SweepConfig();
}
