package org.rightsdesk.search;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * How text is analysed: each record's text goes into three fields — Russian (stemmed: "рейда",
 * "рейды" → "рейд"), English (stemmed: "raids" → "raid") and a transliteration key that lets
 * "Котельниках" and "Kotelniki" meet (see {@link Transliteration}). Queries are analysed the same way.
 */
final class Analyzers {

    static final String TEXT = "text";
    static final String RU = "text_ru";
    static final String EN = "text_en";
    static final String TRANSLIT = "text_tr";

    private Analyzers() {
    }

    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(RU, new RussianAnalyzer(), EN, new EnglishAnalyzer(),
                TRANSLIT, translit()));
    }

    static Analyzer translit() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new TranslitKeyFilter(new LowerCaseFilter(source)));
            }
        };
    }

    /** Latin → Cyrillic, Russian stem, → plain Latin: one key per word whatever the script. */
    static final class TranslitKeyFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final RussianStemmer stemmer = new RussianStemmer();

        TranslitKeyFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String word = term.toString().replace('ё', 'е');
            if (Transliteration.hasLatin(word)) {
                word = Transliteration.toCyrillic(word);
            }
            stemmer.setCurrent(word);
            stemmer.stem();
            term.setEmpty().append(Transliteration.toLatin(stemmer.getCurrent()));
            return true;
        }
    }
}
