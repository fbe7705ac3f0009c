package chatshare.model;

/**
 * A firm's money (MODEL.md 7.4-7.5): cash, debt, the valuation investors see, and the profit of the
 * current decision period. Booked by the accounting step, changed by financing, fines, funding
 * events and acquisitions; everything else reads it.
 */
public final class Accounts {
    private double cash;
    private double debt;
    private double valuation;
    /** Relative change of weekly revenue over the last finance period. */
    private double revenueGrowth;
    private double revenueAtReview;
    /** Profit (revenue - costs) booked since the last decision tick. */
    private double periodProfit;

    Accounts(double cash, double debt) {
        this.cash = cash;
        this.debt = debt;
    }

    public double cash() {
        return cash;
    }

    public double debt() {
        return debt;
    }

    public double valuation() {
        return valuation;
    }

    public double revenueGrowth() {
        return revenueGrowth;
    }

    public double periodProfit() {
        return periodProfit;
    }

    /** The week's revenue and costs. */
    void book(double revenue, double costs) {
        cash += revenue - costs;
        periodProfit += revenue - costs;
    }

    /** Money raised: cash in, of which debtPart also becomes debt. */
    void raise(double amount, double debtPart) {
        cash += amount;
        debt += debtPart;
    }

    /** Cash paid out (a fine). */
    void pay(double amount) {
        cash -= amount;
    }

    /** Debt with no cash in: GPU-backed debt turned into hardware. */
    void borrowInKind(double amount) {
        debt += amount;
    }

    /** Takes over another firm's cash and debt (an acquisition); the other is left with none. */
    void absorb(Accounts other) {
        cash += other.cash;
        debt += other.debt;
        other.cash = 0;
        other.debt = 0;
    }

    /** Finance review: growth since the last review and the valuation at revenueMultiple. */
    void revalue(double revenueWeek, double revenueMultiple) {
        revenueGrowth = revenueAtReview > 0 ? revenueWeek / revenueAtReview - 1 : 0;
        revenueAtReview = revenueWeek;
        valuation = revenueMultiple * (revenueWeek * 52) * (1 + Math.max(0, revenueGrowth));
    }

    /** Bought revenue is not growth: the next review compares like with like (a platform merger). */
    void addBoughtRevenue(double revenueWeek) {
        revenueAtReview += revenueWeek;
    }

    void startPeriod() {
        periodProfit = 0;
    }

    /** Live edits (setParameter, the GUI's inspectors). */
    void setCash(double value) {
        cash = value;
    }

    void setDebt(double value) {
        debt = value;
    }
}
