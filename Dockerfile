FROM python:3.11-slim
WORKDIR /app
COPY . /app
RUN pip install --no-cache-dir -U pip && pip install --no-cache-dir .
ENV PREFECT_SERVER_ANALYTICS_ENABLED=false
CMD ["summitwatch", "--help"]
