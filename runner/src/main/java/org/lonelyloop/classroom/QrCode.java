package org.lonelyloop.classroom;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * The join address as a QR code a phone's camera opens, for the projector: ZXing's encoder
 * (medium error correction, so a projector's glare and a classroom's distance still read), as
 * modules a page draws or as a picture a window shows.
 */
public final class QrCode {
    private final BitMatrix matrix;

    public QrCode(String text) {
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot put '" + text + "' in a QR code: " + e.getMessage(), e);
        }
    }

    /** Modules along a side (quiet zone included). */
    public int size() {
        return matrix.getWidth();
    }

    /** Whether the module at column {@code x}, row {@code y} is dark. */
    public boolean dark(int x, int y) {
        return matrix.get(x, y);
    }

    /** The rows as strings of '1' (dark) and '0', for a page to draw on a canvas. */
    public String[] rows() {
        String[] out = new String[size()];
        for (int y = 0; y < size(); y++) {
            StringBuilder b = new StringBuilder(size());
            for (int x = 0; x < size(); x++) {
                b.append(dark(x, y) ? '1' : '0');
            }
            out[y] = b.toString();
        }
        return out;
    }

    /** The code as a picture, {@code pixels} per module. */
    public BufferedImage image(int pixels) {
        int side = size() * pixels;
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                img.setRGB(x, y, dark(x / pixels, y / pixels) ? Color.BLACK.getRGB() : Color.WHITE.getRGB());
            }
        }
        return img;
    }
}
