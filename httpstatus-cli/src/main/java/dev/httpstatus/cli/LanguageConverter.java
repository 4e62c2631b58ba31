package dev.httpstatus.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads --lang, accepting en and zh with or without a region (zh-CN, zh_TW). */
final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
        try {
            return Language.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not a supported language: use en or zh");
        }
    }
}
