package vn.hcmc.feedback.system;

/**
 * What a person typed, as the checks of the APIs see it: characters no one types (NUL and the other control
 * characters besides tab and line breaks, which PostgreSQL cannot store or which only hide text), and the length a
 * reader sees (no spaces, no zero-width or other format characters), so that a minimum length cannot be met with
 * invisible padding.
 */
public final class TextInput {

    private TextInput() {
    }

    /** True when the text holds a control character other than tab, line feed and carriage return. */
    public static boolean hasControlCharacter(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** The number of characters a reader sees: neither white space nor format characters (zero-width, joiners). */
    public static int visibleLength(String text) {
        if (text == null) {
            return 0;
        }
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT && !Character.isISOControl(c)).count();
    }
}
