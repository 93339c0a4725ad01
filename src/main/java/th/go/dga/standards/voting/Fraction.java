package th.go.dga.standards.voting;

/**
 * An exact fraction such as 2/3, so that "two thirds of the votes" never loses to rounding.
 */
public record Fraction(int numerator, int denominator) {

    public Fraction {
        if (denominator <= 0 || numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a fraction between 0 and 1 is needed: " + numerator + "/" + denominator);
        }
    }

    /** Parses "2/3", "1/2", "1" or "0". Spring uses it to bind configuration. */
    public static Fraction valueOf(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        if (slash < 0) {
            return new Fraction(Integer.parseInt(t), 1);
        }
        return new Fraction(Integer.parseInt(t.substring(0, slash).strip()), Integer.parseInt(t.substring(slash + 1).strip()));
    }

    /** Whether {@code part} is at least this fraction of {@code whole}. */
    public boolean reachedBy(int part, int whole) {
        return (long) part * denominator >= (long) numerator * whole;
    }

    /** The smallest part of {@code whole} that is at least this fraction of it: 4 of 7 for 1/2, 2 of 3 for 2/3. */
    public int smallestPartOf(int whole) {
        return (int) (((long) numerator * whole + denominator - 1) / denominator);
    }

    /** Whether {@code part} is at most this fraction of {@code whole}. */
    public boolean notExceededBy(int part, int whole) {
        return (long) part * denominator <= (long) numerator * whole;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
