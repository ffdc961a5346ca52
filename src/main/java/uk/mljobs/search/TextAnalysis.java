package uk.mljobs.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * How postings' words and seekers' words are cut and stemmed, the same way PostgreSQL's
 * {@code english} configuration does (the fallback engine): Snowball's English stemmer
 * and its list of stop words, so "deploying" finds "deployment" on every engine.
 */
final class TextAnalysis {

	/** PostgreSQL's {@code english.stop}, which is Snowball's English stop list. */
	static final List<String> STOP_WORDS = load("/search/english-stop-words.txt");

	private static final CharArraySet STOP_SET = new CharArraySet(STOP_WORDS, false);

	private TextAnalysis() {
	}

	/**
	 * A term and where it stands (positions skip removed stop words, as phrases need).
	 */
	record Token(String text, int position) {
	}

	static Analyzer english() {
		// Per field: the spelling field is cut differently from the others.
		return new Analyzer(Analyzer.PER_FIELD_REUSE_STRATEGY) {

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				if (LuceneSchema.SPELL.equals(fieldName)) {
					// Words as written, for spelling suggestions to offer.
					return new TokenStreamComponents(source, new LowerCaseFilter(source));
				}
				TokenStream result = new EnglishPossessiveFilter(source);
				result = new LowerCaseFilter(result);
				result = new StopFilter(result, STOP_SET);
				result = new SnowballFilter(result, new EnglishStemmer());
				return new TokenStreamComponents(source, result);
			}

			/** A phrase never spans two of a posting's texts in the combined field. */
			@Override
			public int getPositionIncrementGap(String fieldName) {
				return 100;
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new LowerCaseFilter(in);
			}

		};
	}

	/** The terms {@code text} becomes in {@code field}. */
	static List<Token> tokens(Analyzer analyzer, String field, String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				tokens.add(new Token(term.toString(), position));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	private static List<String> load(String resource) {
		try (InputStream in = TextAnalysis.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
