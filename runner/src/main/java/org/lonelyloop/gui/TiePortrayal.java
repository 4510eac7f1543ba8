package org.lonelyloop.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * A tie as a line: offline ties grey, wider the stronger (the edge's info is its strength 0..1);
 * online ties thin and blue. Either kind can be hidden from the Model tab.
 */
final class TiePortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;
    static final Color OFFLINE = new Color(0x55, 0x55, 0x55, 170);
    static final Color ONLINE = new Color(0x00, 0x72, 0xB2, 110);

    private final boolean weighted;
    private final transient java.util.function.BooleanSupplier shown;

    private TiePortrayal(Color colour, boolean weighted, java.util.function.BooleanSupplier shown) {
        super(colour, colour, null);
        this.weighted = weighted;
        this.shown = shown;
        setShape(SHAPE_LINE_ROUND_ENDS);
        setScaling(NEVER_SCALE);
        setAdjustsThickness(weighted);
        setBaseWidth((weighted ? 1 : 1.2) * Zoom.factor());
    }

    static TiePortrayal offline(java.util.function.BooleanSupplier shown) {
        return new TiePortrayal(OFFLINE, true, shown);
    }

    static TiePortrayal online(java.util.function.BooleanSupplier shown) {
        return new TiePortrayal(ONLINE, false, shown);
    }

    @Override
    protected double getPositiveWeight(Object object, EdgeDrawInfo2D info) {
        Object strength = ((Edge) object).info;
        return weighted && strength instanceof Number ? 0.8 + 5 * ((Number) strength).doubleValue() : 1;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        if (shown == null || shown.getAsBoolean()) {
            super.draw(object, g, info);
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        // Ties are not picked by clicks: a click on a crowded picture should find a person.
        return false;
    }
}
