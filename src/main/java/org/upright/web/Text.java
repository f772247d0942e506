package org.upright.web;

import io.javalin.http.Context;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the pages in one language, from the message bundles of {@code org/upright/web/i18n}: one bundle per
 * part of the application ({@link #BUNDLES}), English in the base file, French complete beside it, Russian as far as
 * it goes (English fills its gaps). {@code MessagesTest} fails on a key a template or page uses that English or
 * French lacks.
 */
final class Text {
    /** The bundles, one per part of the application, so that each part keeps its own file. */
    static final List<String> BUNDLES = List.of("common", "pages", "documents", "tracking", "account",
            "labels");
    /** The languages offered, the first the default. */
    static final List<String> LANGUAGES = List.of("en", "fr", "ru");
    static final String COOKIE = "lang";
    private static final Map<String, Text> CACHE = new ConcurrentHashMap<>();
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String language;
    private final List<ResourceBundle> bundles;

    private Text(String language) {
        this.language = language;
        Locale locale = Locale.forLanguageTag(language);
        this.bundles = BUNDLES.stream().map(name -> ResourceBundle.getBundle("org.upright.web.i18n." + name, locale,
                Text.class.getClassLoader(), NO_DEFAULT_LOCALE)).toList();
    }

    /** The text of a language offered ("en", "fr", "ru"); English for any other. */
    static Text of(String language) {
        String offered = LANGUAGES.contains(language) ? language : LANGUAGES.getFirst();
        return CACHE.computeIfAbsent(offered, Text::new);
    }

    /**
     * The request's language: {@code ?lang=} (remembered in a cookie), else the cookie, else the best of the
     * browser's {@code Accept-Language}, else English.
     */
    static Text of(Context ctx) {
        String asked = ctx.queryParam(COOKIE);
        if (asked != null && LANGUAGES.contains(asked)) {
            ctx.res().addHeader("Set-Cookie", COOKIE + "=" + asked + "; Path=/; Max-Age=31536000; SameSite=Lax");
            return of(asked);
        }
        String remembered = ctx.cookie(COOKIE);
        if (remembered != null && LANGUAGES.contains(remembered)) {
            return of(remembered);
        }
        String header = ctx.header("Accept-Language");
        if (header != null) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header),
                        LANGUAGES.stream().map(Locale::forLanguageTag).toList());
                if (best != null) {
                    return of(best.getLanguage());
                }
            } catch (IllegalArgumentException e) {
                // a malformed header: the default language
            }
        }
        return of(LANGUAGES.getFirst());
    }

    /** The language's code, for {@code <html lang>}. */
    String language() {
        return language;
    }

    /**
     * The message of a key, its {@code {0}}, {@code {1}} ... filled with the arguments (MessageFormat); the key
     * itself, in brackets, when no bundle has it, so that a gap shows on the page instead of failing it.
     */
    String get(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
            }
        }
        return "[" + key + "]";
    }

    /** Whether some bundle has the key in this language (or in English, which fills the gaps). */
    boolean has(String key) {
        try {
            return bundles.stream().anyMatch(b -> b.containsKey(key));
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
