package dev.httpstatus.server.status;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.server.exchange.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The codes a request names and how to pick one: {@code 404}; a list {@code 200,500} (each equally
 * likely); weights {@code 200:0.6,500:0.4}; ranges {@code 500-504}. Codes outside 100..599 are refused.
 */
final class CodeChoice {
    /** Immutable, so a race on a slot only makes one more of the same. */
    private static final CodeChoice[] SINGLE = new CodeChoice[HttpStatus.MAX_CODE - HttpStatus.MIN_CODE + 1];

    private final List<Integer> codes;
    private final double[] cumulative;

    private CodeChoice(List<Integer> codes, double[] cumulative) {
        this.codes = codes;
        this.cumulative = cumulative;
    }

    /**
     * Reads {@code spec}.
     *
     * @throws Problem 400 saying what is wrong
     */
    static CodeChoice parse(String spec) {
        if (spec.length() == 3 && isDigits(spec)) {
            return single(code(spec));
        }
        if (spec.isBlank()) {
            throw Problem.badRequest("codes.none");
        }
        List<Integer> codes = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String item : spec.split(",", -1)) {
            String[] codeAndWeight = item.strip().split(":", 2);
            double weight = codeAndWeight.length == 2 ? weight(codeAndWeight[1], item) : 1;
            List<Integer> expanded = expand(codeAndWeight[0].strip());
            for (int code : expanded) {
                codes.add(code);
                weights.add(weight / expanded.size());
            }
        }
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) {
            throw Problem.badRequest("codes.zeroWeights", spec);
        }
        double[] cumulative = new double[codes.size()];
        double sum = 0;
        for (int i = 0; i < codes.size(); i++) {
            sum += weights.get(i) / total;
            cumulative[i] = sum;
        }
        return new CodeChoice(List.copyOf(codes), cumulative);
    }

    private static List<Integer> expand(String item) {
        int dash = item.indexOf('-');
        if (dash > 0) {
            int low = code(item.substring(0, dash));
            int high = code(item.substring(dash + 1));
            if (low > high) {
                throw Problem.badRequest("codes.backwards", item);
            }
            List<Integer> range = new ArrayList<>();
            for (int code = low; code <= high; code++) {
                range.add(code);
            }
            return range;
        }
        return List.of(code(item));
    }

    /** The choice of one code, made once per code: most requests name one. */
    private static CodeChoice single(int code) {
        CodeChoice choice = SINGLE[code - HttpStatus.MIN_CODE];
        if (choice == null) {
            choice = new CodeChoice(List.of(code), new double[] {1});
            SINGLE[code - HttpStatus.MIN_CODE] = choice;
        }
        return choice;
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int code(String text) {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 6 || !isDigits(digits)) {
            throw Problem.badRequest("codes.notACode", text);
        }
        int code = Integer.parseInt(digits);
        if (code < HttpStatus.MIN_CODE || code > HttpStatus.MAX_CODE) {
            throw Problem.badRequest("codes.outOfRange", code);
        }
        return code;
    }

    private static double weight(String text, String item) {
        try {
            double weight = Double.parseDouble(text.strip());
            if (weight < 0 || Double.isNaN(weight) || Double.isInfinite(weight)) {
                throw new NumberFormatException();
            }
            return weight;
        } catch (NumberFormatException e) {
            throw Problem.badRequest("codes.notAWeight", text, item);
        }
    }

    /** One code, drawn by weight. */
    int pick(RandomGenerator random) {
        if (codes.size() == 1) {
            return codes.get(0);
        }
        double draw = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (draw < cumulative[i]) {
                return codes.get(i);
            }
        }
        return codes.get(codes.size() - 1);
    }

    List<Integer> codes() {
        return codes;
    }
}
