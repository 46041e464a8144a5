package vn.ktgs.inspection;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts in đồng as Vietnamese documents write them: "1.250.000 đồng" (dot groups, no decimals). */
public final class Vnd {

    private Vnd() {
    }

    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        // a new DecimalFormat each time: the class is not thread-safe
        return new DecimalFormat("#,##0", symbols).format(amount) + " đồng";
    }
}
