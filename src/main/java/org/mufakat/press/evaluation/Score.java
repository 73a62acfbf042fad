package org.mufakat.press.evaluation;

/** True positives, predicted and gold counts of one field, and the precision, recall and F1 they give. */
public record Score(String field, int truePositives, int predicted, int gold) {

    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) truePositives / predicted;
    }

    public double recall() {
        return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(int tp, int pred, int g) {
        return new Score(field, truePositives + tp, predicted + pred, gold + g);
    }
}
