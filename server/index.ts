// Public surface of server/. Other parts import only from here.
export {};
