package org.upright.ingest.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value normalisers of {@code score_extraction.py} ({@code key}, {@code scalar}, {@code prose}, ...) with
 * Python's semantics for JSON values, so that both scorers compare exactly the same things.
 *
 * <p>A JSON {@code null} and a missing field are both Python's {@code None}; {@link #get} returns Java
 * {@code null} for both.
 */
final class Py {
    /** Python's {@code r"[+-]?\d+"} inside to_int's pattern; Python's \d matches any Unicode decimal digit. */
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\p{Nd}+");
    private static final Pattern HYPHENS = Pattern.compile("[-\u00ad\u2010\u2011]");

    /** Canonical treaty-body codes and other spellings of the same body, as in BODY_ALIASES. */
    private static final Map<String, List<String>> BODY_ALIASES = bodyAliases();
    /** key(any spelling) -> key(canonical code), as ALIASES (a later spelling with the same key wins, as in a dict). */
    private static final Map<String, String> ALIASES = new HashMap<>();

    static {
        BODY_ALIASES.forEach((canon, names) -> {
            ALIASES.put(key(canon), key(canon));
            names.forEach(name -> ALIASES.put(key(name), key(canon)));
        });
    }

    private static Map<String, List<String>> bodyAliases() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        aliases.put("CCPR", List.of("HR Committee", "HRCttee", "HR-Committee", "Human Rights Committee"));
        aliases.put("CERD", List.of("Committee on the Elimination of Racial Discrimination"));
        aliases.put("CESCR", List.of("Committee on Economic, Social and Cultural Rights"));
        aliases.put("CEDAW", List.of("Committee on the Elimination of Discrimination against Women"));
        aliases.put("CAT", List.of("Committee against Torture"));
        aliases.put("CRC", List.of("Committee on the Rights of the Child"));
        aliases.put("CMW", List.of("Committee on Migrant Workers",
                "Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families"));
        aliases.put("CRPD", List.of("Committee on the Rights of Persons with Disabilities"));
        aliases.put("CED", List.of("Committee on Enforced Disappearances"));
        aliases.put("SPT", List.of("Subcommittee on Prevention of Torture",
                "Subcommittee on the Prevention of Torture"));
        aliases.put("OP-CRC-AC", List.of("CRC-OP-AC", "OPAC", "CRC-OPAC"));
        aliases.put("OP-CRC-SC", List.of("CRC-OP-SC", "OPSC", "CRC-OPSC"));
        return aliases;
    }

    private Py() {
    }

    /** {@code dict.get(field)}: the value, or null when the field is missing, JSON null or the node no object. */
    static JsonNode get(JsonNode dict, String field) {
        if (dict == null || !dict.isObject()) {
            return null;
        }
        JsonNode value = dict.get(field);
        return value == null || value.isNull() ? null : value;
    }

    /** {@code as_dict}: the object itself, or an empty object for anything else. */
    static JsonNode asDict(JsonNode value) {
        return value != null && value.isObject() ? value : JsonNodeFactory.instance.objectNode();
    }

    /** {@code as_list}: the elements of an array (JSON nulls as Java null), or none for anything else. */
    static List<JsonNode> asList(JsonNode value) {
        List<JsonNode> items = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> items.add(item.isNull() ? null : item));
        }
        return items;
    }

    /** {@code rows}: the object elements of an array; anything else gives none. */
    static List<JsonNode> rows(JsonNode value) {
        return asList(value).stream().filter(item -> item != null && item.isObject()).toList();
    }

    /** Python truthiness of a JSON value: None, false, 0, "", [] and {} are false. */
    static boolean truthy(JsonNode value) {
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() ? value.bigIntegerValue().signum() != 0 : value.doubleValue() != 0.0;
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        return !value.isEmpty();
    }

    // ---------------------------------------------------------------- normalisers of the scorer

    /** {@code key}: NFKC, case-folded, letters and digits only; None gives "". */
    static String key(JsonNode value) {
        return value == null ? "" : key(str(value));
    }

    /** {@code key} of a text. */
    static String key(String text) {
        String folded = casefold(Normalizer.normalize(text, Normalizer.Form.NFKC));
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(Py::isAlnum).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Python's {@code str.casefold()}, which the JDK lacks, built per code point from the JDK's full case mappings:
     * lower(upper(c)). The full upper mapping expands what casefold expands (sharp s to "ss", Greek letters with
     * ypogegrammeni, letters whose folding adds a combining mark such as U+01F0), and lower() then folds the
     * variants that casefold unifies (final sigma, micro sign, long s). Three exceptions put it right: dotless i
     * stays itself (upper() would make it "i"), capital sharp s becomes "ss", and Cherokee folds to its
     * capital letters as casefold does. During development key() was compared with Python 3.11's on every
     * code point: identical except for the characters Python's Unicode 14.0 does not yet assign (the JDK's
     * Unicode is newer). Plain toLowerCase() would differ, e.g. "Straße" would not equal "STRASSE".
     */
    static String casefold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c < 0x80) {
                out.append((char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)); // the common case, cheaply
            } else if (c == 0x0131) {
                out.appendCodePoint(c);
            } else if (c == 0x1E9E) {
                out.append("ss"); // capital sharp s: upper() keeps it, lower() gives sharp s
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CHEROKEE) {
                out.appendCodePoint(Character.toUpperCase(c));
            } else {
                out.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
            }
        });
        return out.toString();
    }

    /** Python's {@code str.isalnum()} for one code point: a letter (L*) or any number (N*). */
    static boolean isAlnum(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Python's {@code str.isspace()} for one code point (Unicode Zs, Zl, Zp and the ASCII/C1 separators). */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    /** {@code code}: key with the treaty-body aliases folded ('HRCttee' == 'HR Committee' == 'CCPR'). */
    static String code(JsonNode value) {
        String k = key(value);
        return ALIASES.getOrDefault(k, k);
    }

    /** {@code to_int}: an integer from an integer, an integral float or a digit string, else null (not bools). */
    static BigInteger toInt(JsonNode value) {
        if (value == null || value.isBoolean()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue();
        }
        if (value.isFloatingPointNumber()) {
            double d = value.doubleValue();
            // float.is_integer() is false for inf and nan; int(d) is exact for any integral double.
            return Double.isFinite(d) && d == Math.rint(d) ? new BigDecimal(d).toBigIntegerExact() : null;
        }
        if (value.isTextual()) {
            // re.fullmatch(r"\s*[+-]?\d+\s*") then int(): Python's \s is str.isspace(), its \d any Nd digit.
            String text = strip(value.textValue());
            if (INTEGER.matcher(text).matches()) {
                StringBuilder ascii = new StringBuilder();
                text.codePoints().forEach(c ->
                        ascii.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : (char) c));
                return new BigInteger(ascii.toString());
            }
        }
        return null;
    }

    /** Python's {@code str.strip()}: Unicode whitespace removed from both ends. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /** {@code scalar}: integers as BigInteger, other values as their key; None, "" and "-" give null. */
    static Object scalar(JsonNode value) {
        BigInteger number = toInt(value);
        if (number != null) {
            return number;
        }
        String k = key(value);
        return k.isEmpty() ? null : k;
    }

    /** {@code to_bool}: true/false from a bool or a yes/no/true/false text, else null. */
    static Boolean toBool(JsonNode value) {
        if (value != null && value.isBoolean()) {
            return value.booleanValue();
        }
        return switch (key(value)) {
            case "yes", "true", "y", "1" -> Boolean.TRUE;
            case "no", "false", "n", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** {@code prose}: text for similarity: lower case, hyphens removed, whitespace collapsed; None gives "". */
    static String prose(JsonNode value) {
        if (value == null) {
            return "";
        }
        String text = HYPHENS.matcher(str(value).toLowerCase(Locale.ROOT)).replaceAll("");
        return String.join(" ", split(text));
    }

    /** Python's {@code str.split()}: the runs between Unicode whitespace. */
    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isSpace(c)) {
                if (start >= 0) {
                    words.add(text.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    /** Python's {@code re.findall(pattern, text)} for a pattern without groups. */
    static List<String> findAll(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    // ---------------------------------------------------------------- str() and repr()

    /** Python's {@code str()} of a value as {@code json.load} gives it (None for Java null). */
    static String str(JsonNode value) {
        return value != null && value.isTextual() ? value.textValue() : repr(value);
    }

    /** Python's {@code repr()} of a value as {@code json.load} gives it; containers matter only to key(). */
    static String repr(JsonNode value) {
        if (value == null || value.isNull()) {
            return "None";
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "True" : "False";
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value.isNumber()) {
            return floatRepr(value.doubleValue());
        }
        if (value.isTextual()) {
            return stringRepr(value.textValue());
        }
        List<String> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> items.add(repr(item)));
            return "[" + String.join(", ", items) + "]";
        }
        value.properties().forEach(entry -> items.add(stringRepr(entry.getKey()) + ": " + repr(entry.getValue())));
        return "{" + String.join(", ", items) + "}";
    }

    /** Python's float repr: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        // Double.toString gives the shortest round-trip digits (JDK 19+), as Python's repr does.
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int exponent = digits.length() - 1 - exact.scale(); // of the first digit
        String sign = d < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        String plain = exact.toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }

    /** Python's repr of a str: single quotes unless only double quotes avoid escaping, non-printables escaped. */
    static String stringRepr(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        text.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (isPrintable(c)) {
                out.appendCodePoint(c);
            } else if (c <= 0xFF) {
                out.append(String.format("\\x%02x", c));
            } else if (c <= 0xFFFF) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append(String.format("\\U%08x", c));
            }
        });
        return out.append(quote).toString();
    }

    /** Python's {@code str.isprintable()} for one code point: not Cc, Cf, Cs, Co, Cn, Zl, Zp, and no Zs but space. */
    private static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
