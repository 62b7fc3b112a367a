package io.paxgate.parsers.edifact;

import java.math.BigDecimal;

/** Decimal amounts (MON, FOP) read straight from the segment's bytes: no String per amount. */
public final class EdifactNumbers {
    private EdifactNumbers() {
    }

    /**
     * {@code [-]digits[mark digits]} of at most 20 characters, the mark being the syntax's decimal
     * mark, '.' or ','; null when the component is absent, empty or not such a number.
     */
    public static BigDecimal decimal(Segment s, int e, int c) {
        int len = s.value(e, c);
        if (len <= 0 || len > 20) {
            return null;
        }
        byte[] b = s.valueBuf;
        int from = s.valueFrom;
        int mark = (char) s.syntax().decimal(); // as a char, like the text it is compared with
        int digits = 0;
        int scale = -1;
        long unscaled = 0;
        for (int i = 0; i < len; i++) {
            int ch = b[from + i] & 0xFF;
            if (ch >= '0' && ch <= '9') {
                digits++;
                unscaled = unscaled * 10 + (ch - '0'); // wraps past 18 digits: not used then
                if (scale >= 0) {
                    scale++;
                }
            } else if ((ch == mark || ch == '.' || ch == ',') && scale < 0) {
                scale = 0;
            } else if (!(i == 0 && ch == '-')) {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (digits > 18) {
            return new BigDecimal(s.text(e, c).replace(',', '.'));
        }
        return BigDecimal.valueOf(b[from] == '-' ? -unscaled : unscaled, Math.max(scale, 0));
    }
}
