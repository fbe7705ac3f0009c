package chatshare.gui;

import chatshare.config.LiveParameters;
import chatshare.model.Market;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import sim.util.Properties;

/**
 * What a MASON inspector shows for the model or a firm: live config parameters, editable
 * between steps exactly like a setParameter event (their describe text is the tooltip, their
 * range the slider), choices (a firm's strategy rules, like a setStrategy event), then
 * read-only readings of the running model.
 */
final class LiveProperties extends Properties {
    private static final long serialVersionUID = 1L;

    /** set is null for a read-only reading; domain is a slider Interval, a String[] popup, or null. */
    private record Entry(String name, Supplier<Object> value, Class<?> type, Consumer<Object> set, String doc,
            Object domain) {
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
            live = LiveParameters.describe(market.config(), path);
        } catch (IllegalArgumentException e) {
            return this;
        }
        boolean integer = live.type() == int.class;
        sim.util.Interval domain = Double.isFinite(live.min()) && Double.isFinite(live.max())
                ? integer ? new sim.util.Interval((long) live.min(), (long) live.max()) : new sim.util.Interval(live.min(), live.max())
                : null;
        Supplier<Object> value = integer ? () -> (int) Math.round(market.live.value(path)) : () -> market.live.value(path);
        entries.add(new Entry(path, value, live.type(), v -> setParameter(path, ((Number) v).doubleValue()), live.doc(),
                domain));
        return this;
    }

    private void setParameter(String path, double value) {
        String problem = market.live.set(path, value);
        if (problem != null) {
            System.err.println("chatshare gui: " + path + " not changed: " + problem);
        }
    }

    /** Adds a choice among options, shown as a popup (MASON: an int property whose domain is the names). */
    LiveProperties choice(String name, String doc, String[] options, Supplier<String> value, Consumer<String> set) {
        List<String> names = List.of(options);
        entries.add(new Entry(name, () -> Math.max(0, names.indexOf(value.get())), int.class,
                v -> set.accept(options[((Number) v).intValue()]), doc, options.clone()));
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
        return entries.get(index).set() != null;
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
        entries.get(index).set().accept(value);
        return getValue(index);
    }
}
