package dev.httpstatus.cli;

import dev.httpstatus.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads --lang, accepting en and zh with or without a region (zh-CN, zh_TW). */
final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
        return Language.parse(value)
                .orElseThrow(
                        () -> new TypeConversionException("'" + value + "' is not a supported language: use en or zh"));
    }
}
