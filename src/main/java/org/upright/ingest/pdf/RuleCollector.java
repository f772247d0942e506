package org.upright.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * Collects the thin horizontal lines a page draws (filled hairline rectangles or stroked horizontal segments), which
 * is how word processors draw the separator above page footnotes. Text extraction does not look at paths, so the
 * path operators are registered with the text stripper here; clipping paths are ignored.
 */
final class RuleCollector {
    /** Thicker than this is a bar or a box, not a rule. */
    private static final float MAX_THICKNESS = 2f;
    private static final float MIN_WIDTH = 20f;
    /** Path pieces looked at per path and rules kept per page, at most: maps and charts draw more, none of use. */
    private static final int MAX_PIECES = 20_000;

    private final PDFStreamEngine engine;
    /** Pieces of the current path in device space: x0, y0, x1, y1 (a rectangle's diagonal or a segment). */
    private final List<float[]> rectangles = new ArrayList<>();
    private final List<float[]> segments = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private float[] current;
    private float left;
    private float top;
    private boolean upright;

    RuleCollector(PDFStreamEngine engine) {
        this.engine = engine;
    }

    void register() {
        engine.addOperator(new Piece("re") {
            @Override
            void apply(float[] a) {
                if (a.length >= 4) {
                    float[] p = device(a[0], a[1]);
                    float[] q = device(a[0] + a[2], a[1] + a[3]);
                    add(rectangles, new float[] {p[0], p[1], q[0], q[1]});
                }
            }
        });
        engine.addOperator(new Piece("m") {
            @Override
            void apply(float[] a) {
                if (a.length >= 2) {
                    current = device(a[0], a[1]);
                }
            }
        });
        engine.addOperator(new Piece("l") {
            @Override
            void apply(float[] a) {
                if (a.length >= 2 && current != null) {
                    float[] next = device(a[0], a[1]);
                    add(segments, new float[] {current[0], current[1], next[0], next[1]});
                    current = next;
                }
            }
        });
        for (String fill : new String[] {"f", "F", "f*", "B", "B*", "b", "b*"}) {
            engine.addOperator(new Piece(fill) {
                @Override
                void apply(float[] a) {
                    paint(true);
                }
            });
        }
        for (String stroke : new String[] {"S", "s"}) {
            engine.addOperator(new Piece(stroke) {
                @Override
                void apply(float[] a) {
                    paint(false);
                }
            });
        }
        engine.addOperator(new Piece("n") {
            @Override
            void apply(float[] a) {
                clear();
            }
        });
    }

    void start(PDRectangle cropBox, int rotation) {
        rules.clear();
        clear();
        left = cropBox.getLowerLeftX();
        top = cropBox.getUpperRightY();
        upright = rotation % 360 == 0;
    }

    List<Rule> finish() {
        List<Rule> done = List.copyOf(rules);
        rules.clear();
        clear();
        return done;
    }

    private void paint(boolean filled) {
        if (upright) {
            for (float[] r : rectangles) {
                keep(r, MAX_THICKNESS);
            }
            if (!filled) {
                for (float[] s : segments) {
                    keep(s, 0.5f);
                }
            }
        }
        clear();
    }

    private void keep(float[] piece, float thickness) {
        float x0 = Math.min(piece[0], piece[2]);
        float x1 = Math.max(piece[0], piece[2]);
        float height = Math.abs(piece[1] - piece[3]);
        if (height <= thickness && x1 - x0 >= MIN_WIDTH && rules.size() < MAX_PIECES) {
            float y = (piece[1] + piece[3]) / 2;
            rules.add(new Rule(x0 - left, x1 - left, top - y));
        }
    }

    private void clear() {
        rectangles.clear();
        segments.clear();
        current = null;
    }

    private void add(List<float[]> pieces, float[] piece) {
        boolean finite = Float.isFinite(piece[0] + piece[1] + piece[2] + piece[3]);
        if (finite && rectangles.size() + segments.size() < MAX_PIECES) {
            pieces.add(piece);
        }
    }

    private float[] device(float x, float y) {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        return new float[] {
            ctm.getScaleX() * x + ctm.getShearX() * y + ctm.getTranslateX(),
            ctm.getShearY() * x + ctm.getScaleY() * y + ctm.getTranslateY()
        };
    }

    /** A path operator whose numeric operands are handed over as floats. */
    private abstract class Piece extends OperatorProcessor {
        private final String name;

        Piece(String name) {
            super(engine);
            this.name = name;
        }

        abstract void apply(float[] operands);

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            float[] a = new float[operands.size()];
            for (int i = 0; i < a.length; i++) {
                if (!(operands.get(i) instanceof COSNumber n)) {
                    return;
                }
                a[i] = n.floatValue();
            }
            apply(a);
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
