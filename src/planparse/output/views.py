"""The DuckDB views over a dataset's tables (``planparse.connect``, ``export --to duckdb``)."""

# Views a team needs beside one per table: money with whose plan it is and where it
# stands, and programmes across documents.
JOINED_VIEWS = {
    "fundings_view": """
        SELECT f.*, d.source_name, d.title AS document_title, d.organisation, d.plan_year,
               s.title AS section_title, s.kind AS section_kind, s.path AS section_path,
               p.name AS project_name, p.series_id
        FROM fundings f
        JOIN documents d USING (doc_id)
        LEFT JOIN sections s USING (doc_id, section_id)
        LEFT JOIN projects p USING (doc_id, project_id)
    """,
    "programmes_view": """
        SELECT g.*, d.source_name, d.title AS document_title
        FROM programmes g JOIN documents d USING (doc_id)
        ORDER BY g.organisation, g.series_id, g.plan_year
    """,
}
