# syntax=docker/dockerfile:1
# khabar API image on Node 24, the current LTS. Build: docker build -t khabar .   (docker compose up builds it)

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
# What khabar reads at run time: its queries, the SDL, the seed (each article's bundle and text), the
# explorer and GraphiQL pages, and the examples GraphiQL opens as tabs.
COPY cypher ./cypher
COPY schema ./schema
COPY data/articles ./data/articles
COPY public ./public
COPY docs/examples.graphql ./docs/examples.graphql
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/main.js"]
