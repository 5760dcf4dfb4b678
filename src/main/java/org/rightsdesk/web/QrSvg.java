package org.rightsdesk.web;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as inline SVG, drawn on the server (ZXing makes the matrix; one path of unit squares
 * draws it), so enrolment works with JavaScript off and the strict Content-Security-Policy needs
 * no exception. The output contains only numbers and fixed markup, never the encoded text.
 */
final class QrSvg {

    private QrSvg() {
    }

    static String render(String text, String label) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalStateException("QR code too large", e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        String safeLabel = label.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" aria-label=\"" + safeLabel
                + "\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight() + "\" width=\"" + m.getWidth() * 5
                + "\" height=\"" + m.getHeight() * 5 + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
