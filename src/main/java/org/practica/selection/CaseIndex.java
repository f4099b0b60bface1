package org.practica.selection;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The case library's full-text index (Lucene): published cases, searched in Chinese and
 * English, with facets by unit, organisation and year, and the matched words marked.
 * <p>
 * Every text is indexed twice. Once with smartcn ({@link SmartChineseAnalyzer}), which
 * cuts Chinese into words and stems English; once as overlapping pairs of Chinese
 * characters (CJK bigrams) beside lower-cased Latin words. smartcn may cut 党建 into 党 and
 * 建, or 平安社区 into 平安 and 社区; the bigram field finds any two characters where they stand
 * side by side, so a query is asked of both: the smartcn words all present, or the
 * bigrams as a phrase. Matches in a title count double.
 * <p>
 * Safe to use from many threads: one writer, searchers from a {@link SearcherManager}
 * refreshed after each change.
 */
final class CaseIndex implements Closeable {

	static final String FINGERPRINT = "fingerprint";

	private static final int QUERY_MAX = 200;

	private static final int SNIPPET = 140;

	private final Directory directory;

	private final Analyzer smartcn = new SmartChineseAnalyzer();

	private final Analyzer bigrams = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer source = new StandardTokenizer();
			TokenStream result = new CJKWidthFilter(source);
			result = new LowerCaseFilter(result);
			result = new CJKBigramFilter(result);
			return new TokenStreamComponents(source, result);
		}
	};

	private final FacetsConfig facets = new FacetsConfig();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private volatile FacetState facetState;

	CaseIndex(Directory directory) {
		this.directory = directory;
		Map<String, Analyzer> perField = Map.of("title_bi", this.bigrams, "text_bi", this.bigrams);
		try {
			this.writer = new IndexWriter(directory,
					new IndexWriterConfig(new PerFieldAnalyzerWrapper(this.smartcn, perField))
						.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Adds the case, or replaces what the index held of it. */
	void put(LibraryDocument doc) {
		try {
			this.writer.updateDocument(new Term("id", doc.id().toString()), document(doc));
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Replaces everything with these cases, and remembers the fingerprint given. */
	void rebuild(Collection<LibraryDocument> docs, String fingerprint) {
		try {
			this.writer.deleteAll();
			for (LibraryDocument doc : docs) {
				this.writer.addDocument(document(doc));
			}
			this.writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stores a new fingerprint with the next commit. */
	void fingerprint(String fingerprint) {
		try {
			this.writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
			this.writer.commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The fingerprint of the last rebuild or update, or null for a new index. */
	String fingerprint() {
		try {
			if (!DirectoryReader.indexExists(this.directory)) {
				return null;
			}
			try (DirectoryReader reader = DirectoryReader.open(this.directory)) {
				return reader.getIndexCommit().getUserData().get(FINGERPRINT);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int size() {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return searcher.getIndexReader().numDocs();
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Document document(LibraryDocument doc) {
		Document d = new Document();
		d.add(new StringField("id", doc.id().toString(), Field.Store.YES));
		d.add(new StringField("unit", doc.unit(), Field.Store.YES));
		d.add(new StringField("organisation", doc.organisationId().toString(), Field.Store.YES));
		d.add(new StringField("year", Integer.toString(doc.year()), Field.Store.YES));
		d.add(new StoredField("organisationName", doc.organisationName()));
		d.add(new NumericDocValuesField("published", doc.publishedOrder()));
		String text = doc.summary() + "\n" + doc.body();
		d.add(new TextField("title_zh", doc.title(), Field.Store.YES));
		d.add(new TextField("title_bi", doc.title(), Field.Store.NO));
		d.add(new TextField("text_zh", text, Field.Store.YES));
		d.add(new TextField("text_bi", text, Field.Store.NO));
		d.add(new StoredField("summary", doc.summary()));
		d.add(new SortedSetDocValuesFacetField("unit", doc.unit()));
		d.add(new SortedSetDocValuesFacetField("organisation", doc.organisationId().toString()));
		d.add(new SortedSetDocValuesFacetField("year", Integer.toString(doc.year())));
		try {
			return this.facets.build(d);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Searches: by relevance when there is a text, newest first otherwise; facet counts
	 * over everything the text and filters match.
	 */
	LibraryPage search(LibraryQuery request) {
		String q = request.q() == null ? "" : request.q().strip();
		if (q.length() > QUERY_MAX) {
			q = q.substring(0, QUERY_MAX);
		}
		Query text = q.isEmpty() ? null : textQuery(q);
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		if (text != null) {
			all.add(text, Occur.MUST);
		}
		else if (!q.isEmpty()) {
			return new LibraryPage(0, List.of(), Map.of());
		}
		else {
			all.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		if (request.unit() != null) {
			all.add(new TermQuery(new Term("unit", request.unit())), Occur.FILTER);
		}
		if (request.organisationId() != null) {
			all.add(new TermQuery(new Term("organisation", request.organisationId().toString())), Occur.FILTER);
		}
		if (request.year() != null) {
			all.add(new TermQuery(new Term("year", request.year().toString())), Occur.FILTER);
		}
		Query query = all.build();
		int wanted = (request.page() + 1) * request.size();
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				FacetsCollectorManager.FacetsResult result = text != null
						? FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager())
						: FacetsCollectorManager.search(searcher, query, wanted,
								new Sort(new SortField("published", SortField.Type.LONG, true)),
								new FacetsCollectorManager());
				TopDocs top = result.topDocs();
				List<LibraryHit> hits = new ArrayList<>();
				ScoreDoc[] docs = top.scoreDocs;
				for (int i = request.page() * request.size(); i < docs.length; i++) {
					Document d = searcher.storedFields().document(docs[i].doc);
					hits.add(hit(d, text, q));
				}
				return new LibraryPage(top.totalHits.value, hits, facetCounts(searcher.getIndexReader(), result));
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Query textQuery(String q) {
		QueryBuilder words = new QueryBuilder(this.smartcn);
		QueryBuilder pairs = new QueryBuilder(this.bigrams);
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		int clauses = 0;
		for (Query query : java.util.Arrays.asList(boost(words.createBooleanQuery("title_zh", q, Occur.MUST), 2f),
				boost(words.createBooleanQuery("text_zh", q, Occur.MUST), 1f),
				boost(pairs.createPhraseQuery("title_bi", q), 2f), boost(pairs.createPhraseQuery("text_bi", q), 1f))) {
			if (query != null) {
				any.add(query, Occur.SHOULD);
				clauses++;
			}
		}
		return clauses == 0 ? null : any.build();
	}

	private static Query boost(Query query, float boost) {
		if (query == null) {
			return null;
		}
		return boost == 1f ? query : new BoostQuery(query, boost);
	}

	private LibraryHit hit(Document d, Query text, String query) throws IOException {
		String title = d.get("title_zh");
		String body = d.get("text_zh");
		String summary = d.get("summary");
		String titleHtml = null;
		String snippetHtml = null;
		if (text != null) {
			List<String> words = words(query);
			titleHtml = literal(title, words, false);
			if (titleHtml == null) {
				titleHtml = mark(text, "title_zh", this.smartcn, title, false);
			}
			snippetHtml = literal(body, words, true);
			if (snippetHtml == null) {
				snippetHtml = mark(text, "text_zh", this.smartcn, body, true);
			}
		}
		if (titleHtml == null) {
			titleHtml = SimpleHTMLEncoder.htmlEncode(title);
		}
		if (snippetHtml == null) {
			snippetHtml = SimpleHTMLEncoder
				.htmlEncode(summary.length() > SNIPPET ? summary.substring(0, SNIPPET) + "…" : summary);
		}
		return new LibraryHit(Long.valueOf(d.get("id")), d.get("unit"), Long.valueOf(d.get("organisation")),
				d.get("organisationName"), Integer.parseInt(d.get("year")), title, titleHtml, snippetHtml);
	}

	/** The query's words as typed: what it has between spaces. */
	private static List<String> words(String query) {
		return java.util.Arrays.stream(query.toLowerCase(java.util.Locale.ROOT).split("\\s+"))
			.filter(w -> !w.isBlank())
			.toList();
	}

	/**
	 * The text with every place it holds one of the words as typed (ignoring case)
	 * marked: escaped as HTML first, then {@code <mark>} around each place; as a snippet,
	 * a window around the first place. Null when no word occurs as typed (a stemmed or
	 * split match), which the analysed highlighter then marks.
	 */
	static String literal(String text, List<String> words, boolean snippet) {
		String lower = text.toLowerCase(java.util.Locale.ROOT);
		if (lower.length() != text.length() || words.isEmpty()) {
			return null;
		}
		boolean[] marked = new boolean[text.length()];
		int first = -1;
		for (String word : words) {
			for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
				java.util.Arrays.fill(marked, at, at + word.length(), true);
				first = first < 0 ? at : Math.min(first, at);
			}
		}
		if (first < 0) {
			return null;
		}
		int from = 0;
		int to = text.length();
		if (snippet && text.length() > SNIPPET) {
			from = Math.max(0, first - SNIPPET / 4);
			to = Math.min(text.length(), from + SNIPPET);
		}
		StringBuilder html = new StringBuilder(from > 0 ? "…" : "");
		int i = from;
		while (i < to) {
			int j = i;
			while (j < to && marked[j] == marked[i]) {
				j++;
			}
			String part = SimpleHTMLEncoder.htmlEncode(text.substring(i, j));
			html.append(marked[i] ? "<mark>" + part + "</mark>" : part);
			i = j;
		}
		return html.append(to < text.length() ? "…" : "").toString();
	}

	/**
	 * The text with the query's words in that field marked: the text escaped as HTML
	 * first, then {@code <mark>} around each match. Null when nothing matched. Terms are
	 * marked wherever they occur (a term scorer, not a phrase-aware one, which costs a
	 * small in-memory index per hit): adjacent bigrams of a query merge into one mark.
	 */
	private static String mark(Query query, String field, Analyzer analyzer, String text, boolean fragment)
			throws IOException {
		Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
				new QueryTermScorer(query, field));
		highlighter.setTextFragmenter(fragment ? new SimpleFragmenter(SNIPPET) : new NullFragmenter());
		highlighter.setMaxDocCharsToAnalyze(Math.max(text.length(), 1));
		try {
			String[] found = highlighter.getBestFragments(analyzer, field, text, 2);
			return found.length == 0 ? null : String.join(" … ", found);
		}
		catch (InvalidTokenOffsetsException ex) {
			return null;
		}
	}

	private Map<String, List<FacetCount>> facetCounts(IndexReader reader, FacetsCollectorManager.FacetsResult result)
			throws IOException {
		Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
		if (reader.numDocs() == 0) {
			return counts;
		}
		Facets found = new SortedSetDocValuesFacetCounts(state(reader), result.facetsCollector());
		for (String dimension : List.of("unit", "organisation", "year")) {
			List<FacetCount> values = new ArrayList<>();
			FacetResult top;
			try {
				top = found.getTopChildren(50, dimension);
			}
			catch (IllegalArgumentException ex) {
				top = null;
			}
			if (top != null) {
				for (LabelAndValue value : top.labelValues) {
					values.add(new FacetCount(value.label, value.value.longValue()));
				}
			}
			counts.put(dimension, values);
		}
		return counts;
	}

	/** The facets' ordinals of this reader, built once per refresh. */
	private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
		FacetState current = this.facetState;
		if (current == null || current.reader() != reader) {
			current = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, this.facets));
			this.facetState = current;
		}
		return current.state();
	}

	@Override
	public void close() throws IOException {
		this.searchers.close();
		this.writer.close();
		this.directory.close();
	}

	private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
	}

	/**
	 * A published case as the library indexes it.
	 *
	 * @param publishedOrder larger for later publications (newest first without a text)
	 */
	record LibraryDocument(Long id, String unit, Long organisationId, String organisationName, int year, String title,
			String summary, String body, long publishedOrder) {
	}

	record LibraryQuery(String q, String unit, Long organisationId, Integer year, int page, int size) {
	}

	/**
	 * One case found.
	 *
	 * @param titleHtml the title, escaped, with matches in {@code <mark>}
	 * @param snippetHtml where the text matched, escaped, with matches in {@code <mark>}
	 */
	record LibraryHit(Long id, String unit, Long organisationId, String organisationName, int year, String title,
			String titleHtml, String snippetHtml) {
	}

	record FacetCount(String value, long count) {
	}

	record LibraryPage(long total, List<LibraryHit> hits, Map<String, List<FacetCount>> facets) {
	}

}
