package chatshare.gui;

import chatshare.config.LiveParameters;
import chatshare.model.Market;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import sim.util.Properties;

/**
 * What a MASON inspector shows for the model or a firm: live config parameters, editable
 * between steps exactly like a setParameter event (their describe text is the tooltip, their
 * range the slider), then read-only readings of the running model.
 */
final class LiveProperties extends Properties {
    private static final long serialVersionUID = 1L;

    private record Entry(String name, Supplier<Object> value, Class<?> type, String path, String doc,
            sim.util.Interval domain) {
    }

    private final transient Market market;
    private final List<Entry> entries = new ArrayList<>();

    LiveProperties(Market market) {
        this.market = market;
    }

    /** Adds the parameter at path if it is a live numeric parameter of this config; skips it otherwise. */
    LiveProperties parameter(String path) {
        LiveParameters.Live live;
        try {
            live = LiveParameters.describe(market.config, path);
        } catch (IllegalArgumentException e) {
            return this;
        }
        boolean integer = live.type() == int.class;
        sim.util.Interval domain = Double.isFinite(live.min()) && Double.isFinite(live.max())
                ? integer ? new sim.util.Interval((long) live.min(), (long) live.max()) : new sim.util.Interval(live.min(), live.max())
                : null;
        Supplier<Object> value = integer ? () -> (int) Math.round(market.parameter(path)) : () -> market.parameter(path);
        entries.add(new Entry(path, value, live.type(), path, live.doc(), domain));
        return this;
    }

    /** Adds a read-only reading of the model. */
    LiveProperties reading(String name, Class<?> type, Supplier<Object> value) {
        entries.add(new Entry(name, value, type, null, "", null));
        return this;
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return entries.size();
    }

    @Override
    public Object getValue(int index) {
        return entries.get(index).value().get();
    }

    @Override
    public boolean isReadWrite(int index) {
        return entries.get(index).path() != null;
    }

    @Override
    public String getName(int index) {
        return entries.get(index).name();
    }

    @Override
    public Class getType(int index) {
        return entries.get(index).type();
    }

    @Override
    public String getDescription(int index) {
        return entries.get(index).doc();
    }

    @Override
    public Object getDomain(int index) {
        return entries.get(index).domain();
    }

    @Override
    protected Object _setValue(int index, Object value) {
        Entry e = entries.get(index);
        String problem = market.setParameter(e.path(), ((Number) value).doubleValue());
        if (problem != null) {
            System.err.println("chatshare gui: " + e.path() + " not changed: " + problem);
        }
        return getValue(index);
    }
}
