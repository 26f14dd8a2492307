// Public surface of knowledge/. Other parts import only from here.
export {};
