package org.rightsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class TransliterationTest {

    static List<String> keys(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (Analyzer a = Analyzers.translit(); TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void russianCaseFormsAndLatinSpellingsOfOnePlaceShareOneKey() throws IOException {
        String key = keys("Kotelniki").get(0);
        for (String form : List.of("Котельники", "Котельниках", "Котельников", "Kotel'niki", "KOTELNIKI")) {
            assertThat(keys(form)).as(form).containsExactly(key);
        }
        assertThat(keys("Выборгском")).isEqualTo(keys("Vyborgsky"));
        assertThat(keys("Химки")).isEqualTo(keys("Khimki")).isEqualTo(keys("Himki"));
    }

    @Test
    void differentWordsKeepDifferentKeys() throws IOException {
        assertThat(keys("Котельники")).isNotEqualTo(keys("Люберцы"));
        assertThat(keys("рынок")).isNotEqualTo(keys("мечеть"));
    }

    @Test
    void transliterationRoundTripsThePlainRomanisation() {
        assertThat(Transliteration.toLatin("щука ёж")).isEqualTo("shchuka ezh");
        assertThat(Transliteration.toCyrillic("shchuka")).isEqualTo("щука");
        assertThat(Transliteration.hasLatin("кот")).isFalse();
    }
}
