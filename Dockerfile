# Production image: the API on the index built from corpus/ at image build time.
#   docker build -t news-archive .
#   docker run -p 8000:8000 news-archive      # then http://localhost:8000/docs
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /srv/archive

# Dependencies first, from the pinned set, so code changes do not reinstall them.
COPY requirements.lock ./
RUN pip install -r requirements.lock

COPY pyproject.toml README.md ./
COPY app ./app
RUN pip install --no-deps .

COPY corpus ./corpus
RUN python -m app index corpus --index /srv/archive/var/index \
    && useradd --system --uid 10001 --home-dir /srv/archive archive \
    && chown -R archive:archive /srv/archive/var

USER archive
ENV ARCHIVE_INDEX_DIR=/srv/archive/var/index
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["python", "-c", "import urllib.request, sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status != 200)"]
CMD ["uvicorn", "app.main:create_app", "--factory", "--host", "0.0.0.0", "--port", "8000", "--proxy-headers", "--no-access-log"]
