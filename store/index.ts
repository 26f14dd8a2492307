// Public surface of store/. Other parts import only from here.
export {};
