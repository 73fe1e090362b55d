/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Absolute origin of the API for the Zalo build, e.g. https://motcua.example.vn; empty on the web. */
  readonly VITE_API_BASE_URL?: string;
  /** Province slug; the demo province by default. */
  readonly VITE_TENANT?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
