// moduleResolution "node" ignores package.json exports, where graphql-ws publishes its ws adapter; Node
// and tsx resolve it through them at run time. A tsconfig "paths" entry would send tsx to the types file.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
