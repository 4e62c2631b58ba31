package dev.httpstatus.cli;

import java.util.Locale;
import java.util.Map;

/** The language of the command's output: chosen with --lang, or taken from the POSIX locale variables. */
enum Language {
    EN(Locale.ENGLISH),
    ZH(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /**
     * The language named by the first of LC_ALL, LC_MESSAGES and LANG that is set, as POSIX orders them;
     * any Chinese locale (zh_CN, zh_TW, zh_HK…) gives Chinese, anything else English.
     */
    static Language fromEnvironment(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
            }
        }
        return EN;
    }

    /** The language for a --lang value such as "zh", "zh-CN", "zh_TW" or "en". */
    static Language parse(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals("zh") || v.startsWith("zh-") || v.startsWith("zh_")) {
            return ZH;
        }
        if (v.equals("en") || v.startsWith("en-") || v.startsWith("en_")) {
            return EN;
        }
        throw new IllegalArgumentException(value);
    }
}
