package th.go.dga.standards.time;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import th.go.dga.standards.time.BuddhistEra;

/**
 * The time as the engine sees it. Timers, rules and records all read this clock, so a test that moves the engine
 * clock moves everything together.
 */
public final class EngineTime {

    private EngineTime() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(now(), BuddhistEra.BANGKOK);
    }
}
