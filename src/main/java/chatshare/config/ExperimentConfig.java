package chatshare.config;

import java.util.LinkedHashMap;
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

    public OutputsConfig outputs = new OutputsConfig();
}
