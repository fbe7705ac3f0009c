package chatshare.model;

/** An event applied in a tick, scheduled (from the timeline) or endogenous (e.g. a firm's exit). */
public record EventRecord(String type, String firm, String platform, String region, double amount, String detail) {
}
