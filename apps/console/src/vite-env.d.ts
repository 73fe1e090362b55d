/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Absolute origin of the API when it is not the origin serving the console; empty by default. */
  readonly VITE_API_BASE_URL?: string;
  /** Province slug; the demo province by default. */
  readonly VITE_TENANT?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
