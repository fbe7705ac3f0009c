package chatshare.model;

import chatshare.config.EventConfig;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The scheduled events of the config, by tick. An event given by date applies at the tick of the
 * week that contains the date (tick = floor(days since market.start / 7)); events of the same
 * tick apply in config order.
 */
public final class Timeline {
    private final List<EventConfig> events;
    private final List<Integer> ticks = new ArrayList<>();

    Timeline(List<EventConfig> events, LocalDate start) {
        this.events = events;
        for (EventConfig e : events) {
            ticks.add(tickOf(e, start));
        }
    }

    static int tickOf(EventConfig e, LocalDate start) {
        if (e.tick >= 0) {
            return e.tick;
        }
        return tickOf(e.date, start);
    }

    /** The tick (week from start) that contains the ISO date. */
    public static int tickOf(String date, LocalDate start) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(start, LocalDate.parse(date)), 7);
    }

    /** Applies this tick's events in config order; k is the event's index (it names its random stream). */
    void apply(EventEffects effects, int tick) {
        for (int k = 0; k < events.size(); k++) {
            if (ticks.get(k) == tick) {
                effects.apply(events.get(k), k);
            }
        }
    }
}
